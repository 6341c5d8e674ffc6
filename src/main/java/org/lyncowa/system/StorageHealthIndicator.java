package org.lyncowa.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /actuator/health} is DOWN when answers cannot be saved: each check really writes, a row
 * to the session store and, for an H2 file, a small file to its folder (reading alone stays possible on a
 * full disk, so a read would say UP while every save fails). A result is reused for a second, so
 * a client polling the public endpoint cannot turn it into a write load.
 */
@Component("storage")
class StorageHealthIndicator implements HealthIndicator {

    static final String TABLE = "LYNCOWA_HEALTH_PROBE";
    private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Optional<Path> dataDir;
    private final StoreConnections connections;
    private volatile boolean tableReady;
    private volatile Health last;
    private volatile long lastAt;

    StorageHealthIndicator(JdbcTemplate jdbc, TransactionTemplate transaction,
            Environment environment, StoreConnections connections) {
        this.connections = connections;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.dataDir = DataFolderCheck.folder(environment);
    }

    @Override
    public Health health() {
        Health reused = last;
        if (reused != null && System.nanoTime() - lastAt < REUSE_NANOS) {
            return reused;
        }
        synchronized (this) {
            if (last != null && System.nanoTime() - lastAt < REUSE_NANOS) {
                return last;
            }
            Health now = probe();
            last = now;
            lastAt = System.nanoTime();
            return now;
        }
    }

    private Health probe() {
        try {
            writeRow();
        } catch (RuntimeException e) {
            tableReady = false;
            connections.dropAll();
            return Health.down().withDetail("store", "cannot write").build();
        }
        if (dataDir.isPresent()) {
            try {
                writeFile(dataDir.get());
            } catch (IOException | RuntimeException e) {
                return Health.down().withDetail("dataFolder", "cannot write").build();
            }
        }
        return Health.up().build();
    }

    private void writeRow() {
        if (!tableReady) {
            jdbc.execute("create table if not exists " + TABLE + " (CHECKED_AT bigint)");
            tableReady = true;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from " + TABLE);
            jdbc.update("insert into " + TABLE + " (CHECKED_AT) values (?)", System.currentTimeMillis());
        });
    }

    /** 4 KiB written and forced to the device, then removed: fails on a full or read-only folder. */
    private static void writeFile(Path folder) throws IOException {
        Path probe = folder.resolve(".health-probe");
        try (FileChannel file = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            while (block.hasRemaining()) {
                file.write(block);
            }
            file.force(false);
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
