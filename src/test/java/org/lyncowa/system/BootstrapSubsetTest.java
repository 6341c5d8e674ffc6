package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The committed Bootstrap subset ({@code frontend-static/css/bootstrap.min.css}) is exactly what
 * {@code test-tools/bootstrap-subset.mjs} makes from the pinned Bootstrap and the current templates and
 * scripts: a class added to a template without regenerating fails here. Needs
 * {@code node} and {@code npm ci --prefix test-tools}, like the PowerShell grammar tests (fails, never skips).
 */
class BootstrapSubsetTest {

    @Test
    void theCommittedSubsetIsWhatTheScriptGenerates() throws Exception {
        Process node = new ProcessBuilder("node", "--liftoff-only", "test-tools/bootstrap-subset.mjs", "--check")
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
    }

    @Test
    void theSubsetIsSmallAndKeepsWhatThePagesUse() throws Exception {
        String css = Files.readString(Path.of("frontend-static/css/bootstrap.min.css"));
        assertThat(css.length()).isLessThan(40_000);
        // Classes of the layout, the form fields and the copy button that trainer.js adds.
        assertThat(css).contains(".container", ".visually-hidden-focusable", ".is-invalid", ".btn-outline-secondary",
                ".btn-sm", ".form-control", ".alert");
        assertThat(css).doesNotContain(".carousel", ".offcanvas", ".modal-dialog", ".navbar-expand-lg");
    }
}
