package vn.binhthuy.partybuilding.reviews;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The one writer of notebook_entry. */
interface NotebookRepository extends Repository<NotebookNote, Long> {

    /** A note of the organization (or one of its cells); another organization's is not found. */
    Optional<NotebookNote> findByIdAndOrganizationId(long id, long organizationId);

    NotebookNote save(NotebookNote note);

    <S extends NotebookNote> Iterable<S> saveAll(Iterable<S> notes);

    void delete(NotebookNote note);
}
