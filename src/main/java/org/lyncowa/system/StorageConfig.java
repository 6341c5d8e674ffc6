package org.lyncowa.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The session store's guards: a usable data folder at start-up, the live-session limit (README: "Security and data"). */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    static SessionLimit sessionLimit(Environment environment, ObjectProvider<DataSource> dataSource) {
        return new SessionLimit(environment, dataSource);
    }

    /** No session write for a page view within a minute of the last one (issue 17). */
    @Bean
    static SessionTouchThrottle sessionTouchThrottle() {
        return new SessionTouchThrottle();
    }

    @Bean
    static DataFolderCheck dataFolderCheck(Environment environment) {
        return new DataFolderCheck(environment);
    }
}
