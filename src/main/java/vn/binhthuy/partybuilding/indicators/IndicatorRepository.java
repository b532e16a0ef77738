package vn.binhthuy.partybuilding.indicators;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);
}
