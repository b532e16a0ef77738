package vn.binhthuy.partybuilding.remediation;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The one writer of remediation_plan, remediation_progress and remediation_plan_indicator. */
interface RemediationPlanRepository extends Repository<RemediationPlan, Long> {

    Optional<RemediationPlan> findById(Long id);

    RemediationPlan save(RemediationPlan plan);
}
