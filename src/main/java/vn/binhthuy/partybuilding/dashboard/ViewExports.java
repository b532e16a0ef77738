package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.export.BriefingExporter;
import vn.binhthuy.partybuilding.export.ChartExporter;
import vn.binhthuy.partybuilding.security.CurrentUser;

import java.time.Clock;

/**
 * What the dashboard views need to label and export: the scope actually applied, chart data, the PDF briefing, who
 * exports and when.
 */
@Component
record ViewExports(PageScopes scopes, ChartExporter charts, BriefingExporter briefings, CurrentUser currentUser,
                   Clock clock) {
}
