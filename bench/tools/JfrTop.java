import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording, as text a report can quote: the share of execution
 * samples in which a method is on the stack (inclusive) and at the top (self). Only samples of
 * threads whose name starts with THREAD_PREFIX count (e.g. "http-nio" for request work), so the
 * recorder's own threads and idle pools do not dilute the shares.
 *
 * <pre>java JfrTop.java FILE.jfr THREAD_PREFIX [TOP] [METHOD_FILTER...]</pre>
 * METHOD_FILTER: only methods whose "class.method" contains one of these strings are listed
 * inclusively (the self list is always unfiltered).
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String threadPrefix = args[1];
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        List<String> filters = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();

        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            if (thread == null || !thread.startsWith(threadPrefix)) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n) && (filters.isEmpty() || filters.stream().anyMatch(n::contains))) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("samples on %s* threads: %d (truncated stacks count by their top %s)%n",
                threadPrefix, samples, "frames");
        print("inclusive (on the stack)", inclusive, samples, top);
        print("self (top of the stack)", self, samples, Math.min(top, 15));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("-- " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(en -> System.out.printf("%5.1f%%  %s%n", 100.0 * en.getValue() / Math.max(1, samples), en.getKey()));
    }
}
