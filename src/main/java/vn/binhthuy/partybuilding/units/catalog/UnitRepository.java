package vn.binhthuy.partybuilding.units.catalog;

import org.springframework.data.repository.ListCrudRepository;
import vn.binhthuy.partybuilding.units.Unit;

/** The one writer of the unit table; reads of the hierarchy stay SQL (UnitQueries, UnitCatalogQueries). */
interface UnitRepository extends ListCrudRepository<Unit, Long> {
}
