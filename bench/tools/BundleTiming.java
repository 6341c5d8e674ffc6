import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.script.ScriptGenerator;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Bundle generation time against plan size, measured in-process on the built app's own classes
 * (run with BOOT-INF/classes and BOOT-INF/lib of the jar on the class path). In-process because
 * at 1 server the HTTP round trip and the ZIP transfer would be most of what a client sees, which
 * hides how the generator itself scales.
 *
 * The builder is wired as the app's BundleConfig wires it (script generator + the message
 * bundles named by spring.messages.basename), and each timed call does what POST /api/bundles
 * must do for a plan: build the bundle and write the ZIP bytes.
 *
 * <pre>java -cp CLASSES:LIB/* BundleTiming.java PRESET.json OUT_DIR SECONDS_PER_SIZE SIZE...</pre>
 * Writes OUT_DIR/plan-N.json (the plans, for HTTP checks) and prints per size:
 * "BUNDLE servers=N median_ms=.. p90_ms=.. cpu_median_ms=.. bytes=.. samples=.."
 * Wall time is what a caller waits; the thread's CPU time is what the work costs, and it stays
 * true on a machine busy with other work, where wall time also counts waiting for a core.
 */
public class BundleTiming {

    public static void main(String[] args) throws Exception {
        byte[] preset = Files.readAllBytes(Path.of(args[0]));
        Path out = Path.of(args[1]);
        double secondsPerSize = Double.parseDouble(args[2]);
        int[] sizes = Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray();

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        // Same basenames and encoding as spring.messages.* in application.properties.
        messages.setBasenames("messages/messages", "messages/plan", "messages/runbook");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ScriptGenerator generator = new ScriptGenerator(Clock.systemUTC(), "lync-owa-wizard bench");
        BundleBuilder builder = new BundleBuilder(generator::generate, messages, Clock.systemUTC(),
                "lync-owa-wizard bench");

        Plan base = PlanJson.read(preset).plan();
        List<Plan> plans = new ArrayList<>();
        for (int n : sizes) {
            Plan plan = withMailboxServers(base, n);
            PlanCheck check = PlanRules.check(plan);
            if (!check.valid()) {
                throw new IllegalStateException(n + " servers: plan not valid: " + check.errors());
            }
            plans.add(plan);
            Files.writeString(out.resolve("plan-" + n + ".json"), PlanJson.write(plan), StandardCharsets.UTF_8);
        }

        // Warm-up on every size so the JIT has compiled the generator before anything is timed.
        long warmUntil = System.nanoTime() + (long) (secondsPerSize * 1e9);
        while (System.nanoTime() < warmUntil) {
            for (Plan p : plans) {
                sink ^= builder.build(p, Locale.ENGLISH).zip().length;
            }
        }

        // Sizes are interleaved in short rounds, so a burst of load on the machine hits every size alike.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<List<Double>> times = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        int[] bytes = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            times.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        long measureUntil = System.nanoTime() + (long) (secondsPerSize * sizes.length * 1e9);
        while (System.nanoTime() < measureUntil) {
            for (int i = 0; i < plans.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                byte[] zip = builder.build(plans.get(i), Locale.ENGLISH).zip();
                times.get(i).add((System.nanoTime() - t0) / 1e6);
                cpu.get(i).add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                bytes[i] = zip.length;
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            List<Double> t = times.get(i);
            List<Double> c = cpu.get(i);
            t.sort(null);
            c.sort(null);
            System.out.printf(Locale.ROOT,
                    "BUNDLE servers=%d median_ms=%.4f p90_ms=%.4f cpu_median_ms=%.4f bytes=%d samples=%d%n",
                    sizes[i], t.get(t.size() / 2), t.get((int) (t.size() * 0.9)), c.get(c.size() / 2), bytes[i],
                    t.size());
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Keeps the JIT from discarding warm-up work as dead code. */
    private static int sink;

    private static Plan withMailboxServers(Plan base, int n) {
        List<String> servers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            servers.add(String.format(Locale.ROOT, "mbx-%03d.litwareinc.com", i));
        }
        InstantMessaging im = base.instantMessaging();
        InstantMessaging grown = new InstantMessaging(im.mode(), servers, im.clientAccessServers(),
                im.certificateThumbprint(), im.imServerName());
        return new Plan(base.title(), base.compatibility(), base.trustedPool(), grown, base.mailboxPolicy());
    }
}
