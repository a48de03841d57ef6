package com.example.billing.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v3/invoices")
public class InvoiceController {

    private static final int PAGE_SIZE = 40;
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(15);

    private final InvoiceService service;

    public InvoiceController(InvoiceService service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Invoice> get(@PathVariable long id) {
        return service.find(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping
    public List<Invoice> list(@RequestParam(defaultValue = "0") int page) {
        return service.page(page, PAGE_SIZE);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Invoice create(@RequestBody InvoiceRequest request) {
        if (request.lines().size() > 200) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "at most 200 lines");
        }
        return service.create(request);
    }

    @PostMapping("/{id}/pay")
    public ResponseEntity<Void> pay(@PathVariable long id) {
        if (!service.tryLock(id, LOCK_TIMEOUT)) {
            return ResponseEntity.status(409).build();
        }
        service.pay(id);
        return ResponseEntity.accepted().location(URI.create("/api/v3/invoices/" + id)).build();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(code = HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        service.delete(id);
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<String> conflict(IllegalStateException e) {
        return new ResponseEntity<>(e.getMessage(), HttpStatus.CONFLICT);
    }
}
