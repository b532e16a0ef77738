package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.demo.DemoDataLoader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator's backup page in a real browser: back up now, the new file listed, on a desktop and a phone. */
class BackupPageBrowserTest extends BrowserTest {

    @Test
    void theAdministratorBacksUpFromTheBrowser() throws Exception {
        login("quantri", DemoDataLoader.DEMO_PASSWORD);
        page.navigate(url("/admin/backups"));
        page.locator("#backup-now").click();

        assertThat(page.locator("vaadin-notification-card")).containsText("Đã ghi bản sao lưu partybuilding-");
        assertThat(page.locator("#backup-grid")).containsText(".sql.gz");
        assertThat(page.locator("#backup-now")).isEnabled();
        screenshot("backups-1280");
        page.setViewportSize(390, 844);
        screenshot("backups-390");
    }
}
