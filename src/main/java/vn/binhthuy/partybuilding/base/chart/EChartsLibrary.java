package vn.binhthuy.partybuilding.base.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the browser gets ECharts: the {@code org.mvnpm:echarts} jar serves it under /_static/echarts/VERSION/. The
 * version is read from the jar's own Maven metadata, so the pom's {@code echarts.version} is the only place it is
 * written and the URL always names the files that are really on the classpath.
 */
public final class EChartsLibrary {

    static final String POM_PROPERTIES = "META-INF/maven/org.mvnpm/echarts/pom.properties";

    public static final String VERSION = version();

    /** The script's path below the application's context root. */
    public static final String SCRIPT_PATH = "/_static/echarts/" + VERSION + "/dist/echarts.min.js";

    private EChartsLibrary() {
    }

    private static String version() {
        try (InputStream in = EChartsLibrary.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("org.mvnpm:echarts is not on the classpath (" + POM_PROPERTIES + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException("No version in " + POM_PROPERTIES);
            }
            return version.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
