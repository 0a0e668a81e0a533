package id.desatumis.assistance.config;

import id.desatumis.assistance.domain.GuardWindow;
import org.eclipse.microprofile.config.spi.Converter;

/** Reads a guard window from the configuration (the domain's own parsing, so both agree on what a window is). */
public class GuardWindowConverter implements Converter<GuardWindow> {

    @Override
    public GuardWindow convert(String value) {
        return GuardWindow.parse(value);
    }
}
