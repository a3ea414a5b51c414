package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.backops.BackopsApplication;
import io.backops.IntegrationTestSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Two Backops nodes (two Spring contexts, two engines) on one database hand out review turns at the same time: the
 * turns stay a fair rotation and no turn is handed out twice.
 */
class RoundRobinTwoNodesIntegrationTests extends IntegrationTestSupport {

    private static final int TURNS_PER_THREAD = 15;
    private static final int THREADS_PER_NODE = 2;

    @Autowired
    private RoundRobinAssignment firstNode;
    @Autowired
    private DataSource dataSource;

    @Test
    void concurrentTurnsOnTwoNodesStayAFairRotation() throws Exception {
        // The very database of the first node (its URL as connected: the test profile's name is random).
        var database = dataSource.unwrap(HikariDataSource.class);
        try (var secondNodeContext = new SpringApplicationBuilder(BackopsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                // A node of its own in this JVM: its own engine name, no webapps, and no job executor, so the
                // other node's jobs stay with the other node.
                "--camunda.bpm.process-engine-name=secondnode",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false")) {
            RoundRobinAssignment secondNode = secondNodeContext.getBean(RoundRobinAssignment.class);
            List<String> reviewers = users.activeReviewers();

            List<String> turns = takeTurnsConcurrently(List.of(firstNode, secondNode));

            int total = 2 * THREADS_PER_NODE * TURNS_PER_THREAD;
            assertThat(turns).hasSize(total).doesNotContainNull();
            Map<String, Long> perReviewer = turns.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            assertThat(perReviewer.keySet()).containsExactlyInAnyOrderElementsOf(reviewers);
            long fewest = Collections.min(perReviewer.values());
            long most = Collections.max(perReviewer.values());
            assertThat(most - fewest).as("turns per reviewer: %s", perReviewer).isLessThanOrEqualTo(1);
        }
    }

    private static List<String> takeTurnsConcurrently(List<RoundRobinAssignment> nodes) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(nodes.size() * THREADS_PER_NODE);
        try {
            List<CompletableFuture<List<String>>> threads = new ArrayList<>();
            for (RoundRobinAssignment node : nodes) {
                for (int thread = 0; thread < THREADS_PER_NODE; thread++) {
                    threads.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        List<String> mine = new ArrayList<>();
                        for (int turn = 0; turn < TURNS_PER_THREAD; turn++) {
                            mine.add(node.next().orElse(null));
                        }
                        return mine;
                    }, pool));
                }
            }
            start.countDown();
            return threads.stream().map(CompletableFuture::join).flatMap(List::stream).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
