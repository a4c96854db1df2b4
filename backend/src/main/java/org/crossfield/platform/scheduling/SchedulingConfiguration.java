package org.crossfield.platform.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances on one database (docs/adr/0034): a job annotated with {@code @Scheduled} does work that must
 * happen once per period across all instances, so it also carries {@code @SchedulerLock} (ScheduledJobsArchitectureTest
 * checks it) and runs only on the instance that took the job's row in {@code shedlock}. The lock's times come from the
 * database's clock, so instances with skewed clocks agree. Work that every instance does for itself (following the
 * mentor change feed, the outbox sender, whose rows are claimed one by one) registers through a
 * {@code SchedulingConfigurer} instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                // MariaDB and MySQL alike (the application talks to both with MySQL's driver and dialect)
                .withDatabaseProduct(DatabaseProduct.MY_SQL)
                .usingDbTime()
                .build());
    }
}
