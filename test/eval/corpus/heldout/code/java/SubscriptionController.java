package io.larkspur.billing.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import io.larkspur.billing.domain.Subscription;
import io.larkspur.billing.domain.SubscriptionService;
import io.larkspur.billing.domain.PlanLimitExceeded;

@RestController
@RequestMapping("/api/v2/subscriptions")
public class SubscriptionController {

    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 200;

    private final SubscriptionService subscriptions;

    public SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    public ResponseEntity<List<Subscription>> list(@RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "25") int size) {
        int pageSize = Math.min(size <= 0 ? DEFAULT_PAGE_SIZE : size, MAX_PAGE_SIZE);
        Page<Subscription> result = subscriptions.page(PageRequest.of(page, pageSize));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)))
                .header("X-Total-Count", String.valueOf(result.getTotalElements()))
                .body(result.getContent());
    }

    @GetMapping("/{id}")
    public Subscription get(@PathVariable long id) {
        return subscriptions.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + id));
    }

    @PostMapping
    public ResponseEntity<Subscription> create(@RequestBody Subscription draft) {
        if (subscriptions.existsForAccount(draft.accountId())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        Subscription saved = subscriptions.create(draft);
        return ResponseEntity.created(URI.create("/api/v2/subscriptions/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}/plan")
    public ResponseEntity<?> changePlan(@PathVariable long id, @RequestParam String plan) {
        try {
            return ResponseEntity.ok(subscriptions.changePlan(id, plan));
        } catch (PlanLimitExceeded e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
            problem.setProperty("seatLimit", e.limit());
            return ResponseEntity.of(problem).build();
        }
    }

    @PostMapping("/{id}/pause")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void pause(@PathVariable long id, @RequestParam(defaultValue = "14") int days) {
        if (days < 1 || days > 90) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "pause must last 1 to 90 days");
        }
        subscriptions.pause(id, Duration.ofDays(days));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void cancel(@PathVariable long id) {
        subscriptions.cancel(id);
    }

    @PostMapping("/{id}/invoices/retry")
    public ResponseEntity<String> retryInvoice(@PathVariable long id) {
        if (!subscriptions.hasOpenInvoice(id)) {
            return ResponseEntity.status(409).body("nothing to retry");
        }
        if (subscriptions.retryBudgetSpent(id)) {
            return ResponseEntity.status(429).header("Retry-After", "3600").body("retry budget spent for today");
        }
        subscriptions.retryInvoice(id);
        return ResponseEntity.status(202).build();
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<ProblemDetail> onIllegalState(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ProblemDetail.forStatus(503));
    }
}
