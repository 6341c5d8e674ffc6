package org.lyncowa.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Before the session store's file is opened: its folder must exist (it is created) and take a
 * write, or start-up stops with {@link DataFolderUnusableException}, which
 * {@link DataFolderFailureAnalyzer} turns into one sentence naming the folder and the setting.
 */
final class DataFolderCheck implements BeanPostProcessor {

    private final Environment environment;

    DataFolderCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            folder(environment).ifPresent(DataFolderCheck::check);
        }
        return bean;
    }

    /** The folder of an H2 file database, if the session store is one. */
    static Optional<Path> folder(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    static void check(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = folder.resolve(".write-check");
            try (FileChannel out = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer block = ByteBuffer.allocate(4096);
                while (block.hasRemaining()) {
                    out.write(block);
                }
                out.force(false);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new DataFolderUnusableException(folder, reason, e);
        }
    }
}
