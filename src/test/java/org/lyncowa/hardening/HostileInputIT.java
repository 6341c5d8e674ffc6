package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.script.PsQuote;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile corpus into every form field, the import upload and the API, against the real
 * server: never a 5xx, every error names a field of the page, nothing comes back unescaped, download
 * names stay safe, and scripts built from accepted hostile values mean what the benign ones mean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    static final Map<String, List<String>> FIELDS = Map.of(
            "/steps/compatibility", List.of("title", "lyncServer", "exchangeServer", "ucmaRuntimeConfirmed", "change"),
            "/steps/trusted-pool", List.of("umServicesColocated", "owaPoolFqdn", "registrarPoolFqdn", "siteId",
                    "applicationId", "port", "poolComputers", "sipUriDialPlans"),
            "/steps/instant-messaging", List.of("mode", "mailboxServers", "clientAccessServers", "certificateThumbprint",
                    "imServerName"),
            "/steps/mailbox-policy", List.of("scope", "policies"),
            "/steps/verification", List.of("change"));
    static final Pattern SUMMARY_LINK = Pattern.compile("href=\"#([^\"]+)\"");
    /** A plain ASCII slug, optionally quoted, and optionally the RFC 5987 form (attr-chars and %XX only). */
    static final Pattern SAFE_FILENAME = Pattern.compile(
            "attachment; filename=(\"?)[a-z0-9][a-z0-9.-]*\\1(; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]*)?");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final HttpClient http = WizardClient.newHttpClient();
    final List<String> values = HostileValues.all();

    WizardClient startedFromLitware() throws Exception {
        WizardClient client = new WizardClient(http, "http://localhost:" + port);
        WizardClient.Response imported = client.importPlan("litwareinc.lyncowa.json", preset());
        assertThat(imported.location()).isEqualTo("/check-answers");
        return client;
    }

    static byte[] preset() throws Exception {
        return TestPresets.bytes(TestPresets.LITWARE);
    }

    @Test
    void everyFormFieldSurvivesTheCorpus() throws Exception {
        assertThat(values).hasSizeGreaterThan(200);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var step : FIELDS.entrySet()) {
            for (String field : step.getValue()) {
                WizardClient client = startedFromLitware();
                String token = WizardClient.csrf(client.get(step.getKey()).body());
                Plan plan = PlanJson.read(preset()).plan();
                for (String value : values) {
                    List<Map.Entry<String, String>> form = new ArrayList<>();
                    form.add(Map.entry("_csrf", token));
                    WizardClient.fields(step.getKey(), plan).forEach((k, v) -> {
                        if (!k.equals(field)) {
                            form.add(Map.entry(k, v));
                        }
                    });
                    form.add(Map.entry(field, value));
                    WizardClient.Response answer = client.post(step.getKey(), form);
                    requests++;
                    check(step.getKey() + " " + field, value, answer, failures);
                    if (answer.status() == 302) {
                        // Accepted: put the good answer back so the next value meets the same page.
                        client.submit(step.getKey(), WizardClient.fields(step.getKey(), plan));
                    }
                }
            }
        }
        System.out.printf("HostileInputIT: %d hostile form posts, %d values%n", requests, values.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedFormBodiesAndLanguageParameters() throws Exception {
        WizardClient client = startedFromLitware();
        String token = WizardClient.csrf(client.get("/steps/compatibility").body());
        List<String> failures = new ArrayList<>();
        List<byte[]> bodies = List.of(
                ("_csrf=" + token + "&title=%C3%28&exchangeServer=%FF%FE").getBytes(StandardCharsets.ISO_8859_1),
                ("_csrf=" + token + "&title=%").getBytes(StandardCharsets.US_ASCII),
                ("_csrf=" + token + "&&&==&title").getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
                ("_csrf=" + token + "&title=" + "x".repeat(300_000)).getBytes(StandardCharsets.US_ASCII));
        for (byte[] body : bodies) {
            WizardClient.Response answer = client.postRaw("/steps/compatibility", "application/x-www-form-urlencoded", body);
            if (answer.status() >= 500) {
                failures.add("raw body answered " + answer.status());
            }
        }
        for (String value : values) {
            String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String path : List.of("/check-answers?lang=", "/steps/trusted-pool?change=")) {
                WizardClient.Response page = client.get(path + encoded);
                check("GET " + path, value, page, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void importedAndApiPlansSurviveTheCorpus() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> paths = List.of("title", "compatibility.exchangeServer", "trustedPool.owaPoolFqdn",
                "trustedPool.registrarPoolFqdn", "trustedPool.siteId", "trustedPool.applicationId",
                "instantMessaging.certificateThumbprint", "instantMessaging.imServerName", "mailboxPolicy.scope");
        WizardClient client = startedFromLitware();
        for (String value : values) {
            for (String path : paths) {
                ObjectNode plan = (ObjectNode) JSON.readTree(preset());
                ObjectNode target = plan;
                String[] parts = path.split("\\.");
                for (int i = 0; i < parts.length - 1; i++) {
                    target = (ObjectNode) target.get(parts[i]);
                }
                target.put(parts[parts.length - 1], value);
                byte[] body = JSON.writeValueAsBytes(plan);
                WizardClient.Response api = client.postRaw("/api/plans/validate", "application/json", body);
                if (api.status() != 200 && api.status() != 422) {
                    failures.add("API " + path + " answered " + api.status() + " for " + printable(value));
                }
                if (api.status() == 422) {
                    for (var error : JSON.readTree(api.bytes()).path("errors")) {
                        if (error.path("path").asString().isBlank() || error.path("message").asString().isBlank()) {
                            failures.add("API error without a path or message for " + path + " = " + printable(value));
                        }
                    }
                }
            }
            WizardClient.Response raw = client.importPlan(printableFileName(value), value.getBytes(StandardCharsets.UTF_8));
            check("import of raw value", value, raw, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void acceptedHostileTitlesAndPolicyNamesChangeNothingButTheirLiterals() throws Exception {
        Plan base = PlanJson.read(preset()).plan();
        WizardClient benign = startedFromLitware();
        benign.submit("/steps/mailbox-policy", Map.of("scope", "NAMED", "policies", "Default\nBenign"));
        Map<String, byte[]> baseline = benign.bundle();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (String value : values) {
            WizardClient client = startedFromLitware();
            Map<String, String> compatibility = new java.util.LinkedHashMap<>(WizardClient.fields("/steps/compatibility", base));
            compatibility.put("title", value);
            // The policy name gets a prefix so that its literal can never equal another literal of the script.
            String policy = "P " + value;
            boolean titleAccepted = client.submit("/steps/compatibility", compatibility).status() == 302;
            boolean policyAccepted = client.submit("/steps/mailbox-policy",
                    Map.of("scope", "NAMED", "policies", "Default\n" + policy)).status() == 302;
            if (!titleAccepted || !policyAccepted || client.get("/check-answers").status() != 200) {
                continue;
            }
            accepted++;
            // Each download once: its name is checked and its content read from the same answer.
            WizardClient.Response export = client.get("/plan/export");
            WizardClient.Response zip = client.get("/download/bundle.zip");
            for (WizardClient.Response download : List.of(export, zip)) {
                String disposition = String.valueOf(download.headers().get("content-disposition"));
                if (!SAFE_FILENAME.matcher(disposition.substring(1, disposition.length() - 1)).matches()) {
                    failures.add("unsafe download name " + disposition + " for " + printable(value));
                }
            }
            Plan plan = PlanJson.read(export.bytes()).plan();
            Map<String, byte[]> bundle = WizardClient.unzip(zip);
            for (var file : baseline.entrySet()) {
                if (!file.getKey().endsWith(".ps1")) {
                    continue;
                }
                String expected = code(new String(file.getValue(), StandardCharsets.UTF_8), List.of("Default", "Benign"));
                String actual = code(new String(bundle.get(file.getKey()), StandardCharsets.UTF_8), plan.mailboxPolicy().policies());
                if (!actual.equals(expected)) {
                    failures.add(file.getKey() + " changed in meaning for " + printable(value));
                }
            }
        }
        System.out.printf("HostileInputIT: %d hostile titles and policy names accepted and checked%n", accepted);
        assertThat(accepted).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    /** The code of a script: comment lines dropped, the policy-name literals replaced by one placeholder. */
    static String code(String script, List<String> policies) {
        String text = script;
        for (String policy : policies) {
            text = text.replace(PsQuote.literal(policy), "'<policy>'");
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#") || trimmed.startsWith("#Requires")) {
                out.append(line.replaceAll("'<policy>'(, '<policy>')*", "'<policy>'")).append('\n');
            }
        }
        return out.toString().replaceAll("(?m)^.*Generated.*$", "");
    }

    private void check(String where, String value, WizardClient.Response answer, List<String> failures) {
        if (answer.status() >= 500) {
            failures.add(where + ": " + answer.status() + " for " + printable(value));
            return;
        }
        answer.headers().forEach((name, headerValues) -> {
            if (name.toLowerCase().startsWith("x-injected") || headerValues.stream().anyMatch(v -> v.contains("injected=1"))) {
                failures.add(where + ": header injected for " + printable(value));
            }
        });
        if (answer.status() != 200) {
            return;
        }
        String body = answer.body();
        if ((value.contains("<") || value.contains("\"")) && value.length() > 1 && body.contains(value)) {
            failures.add(where + ": reflected unescaped: " + printable(value));
        }
        int summary = body.indexOf("error-summary");
        if (summary >= 0) {
            Matcher links = SUMMARY_LINK.matcher(body.substring(summary, Math.min(body.length(), body.indexOf("</div>", summary) + 2000)));
            while (links.find()) {
                String id = links.group(1);
                if (!body.contains("id=\"" + id + "\"")) {
                    failures.add(where + ": error links to #" + id + " which the page lacks, for " + printable(value));
                }
            }
        }
    }

    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out + (value.length() > 60 ? "…(" + value.length() + ")" : "");
    }

    static String printableFileName(String value) {
        return value.replaceAll("[\\r\\n\"\\\\]", "_");
    }
}
