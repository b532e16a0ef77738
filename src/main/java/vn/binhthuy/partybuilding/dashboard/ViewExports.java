package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.export.BriefingExporter;
import vn.binhthuy.partybuilding.export.ChartExporter;
import vn.binhthuy.partybuilding.security.CurrentUser;

import java.time.Clock;

/** What the dashboard views need to export: chart data, the PDF briefing, who exports and when. */
@Component
record ViewExports(ChartExporter charts, BriefingExporter briefings, CurrentUser currentUser,
                   Clock clock) {
}
