package org.lyncowa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Lync–OWA integration wizard. */
@SpringBootApplication
public class WizardApplication {

    public static void main(String[] args) {
        SpringApplication.run(WizardApplication.class, args);
    }
}
