package org.lyncowa.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * After the store failed to write, drops every pooled connection, not only the one that saw the
 * error: H2 keeps a database it has closed (and the lock on its file) until its last connection
 * is gone, so the pool's next connection can open the file again only then. With
 * {@link H2BrokenConnections} this is how the wizard recovers by itself when space returns.
 */
@Component
class StoreConnections {

    private final ObjectProvider<DataSource> dataSource;

    StoreConnections(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    void dropAll() {
        DataSource source = dataSource.getIfAvailable();
        try {
            if (source != null && source.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = source.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (SQLException e) {
            // Not a pool we know: nothing to drop.
        }
    }
}
