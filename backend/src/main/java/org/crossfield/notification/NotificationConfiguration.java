package org.crossfield.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxSettings.class)
class NotificationConfiguration {

    /** One engine for the whole application: it caches the parsed templates. */
    @Bean
    MailRenderer mailRenderer() {
        return new MailRenderer();
    }
}
