package org.dutyofvigilance.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (Implementation-Version), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VigilanceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vigilance " + (v == null ? "development build" : v),
                "JSON format " + org.dutyofvigilance.model.ChainOfActivities.CURRENT_FORMAT_VERSION,
                "Java " + System.getProperty("java.version")};
    }
}
