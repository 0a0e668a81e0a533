package id.desatumis.contracts.snapshot;

import id.desatumis.contracts.OptionalField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every record compiled into event-contracts, found by walking its classes folder rather than listed by hand, so a
 * contract added later is checked without anyone remembering to register it. A contract is a top-level record with a
 * {@code public static final String CE_TYPE}; nested records (a household's member) are parts of their contract.
 */
final class PublishedContracts {

    private static final String CONTRACTS_PACKAGE = "id.desatumis.contracts";

    private PublishedContracts() {
    }

    static List<PublishedContract> all() {
        return topLevelRecords().stream().filter(type -> ceType(type) != null)
                .map(type -> new PublishedContract(type, ceType(type)))
                .sorted(Comparator.comparing(PublishedContract::ceType)).toList();
    }

    /** Every top-level record of the module, contract or not (a record without CE_TYPE is a contract left unnamed). */
    static List<Class<?>> topLevelRecords() {
        Path classes = classesFolder();
        try (Stream<Path> files = Files.walk(classes.resolve(CONTRACTS_PACKAGE.replace('.', '/')))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(Class::isRecord).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ceType(Class<?> type) {
        try {
            Field field = type.getField("CE_TYPE");
            return Modifier.isStatic(field.getModifiers()) ? (String) field.get(null) : null;
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path classesFolder() {
        try {
            Path location = Path.of(OptionalField.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                throw new IllegalStateException("the contracts are read from " + location + ", not a classes folder");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublishedContracts.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
