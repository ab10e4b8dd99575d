package org.candour;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Candour: feedback types, forms, workflows, calendars and reports are configuration;
 * this application holds the kinds of configuration and the engines that execute them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CandourApplication {

	public static void main(String[] args) {
		SpringApplication.run(CandourApplication.class, args);
	}

}
