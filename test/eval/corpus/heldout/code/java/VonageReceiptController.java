package com.quillpost.sms.vonage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/**
 * Delivery receipts of the Vonage SMS API. Vonage sends them as a GET or a POST
 * with the fields as query parameters; anything but a 2xx makes it send again.
 */
@RestController
@RequestMapping("/hooks/vonage")
public class VonageReceiptController {

    private static final Logger log = LoggerFactory.getLogger(VonageReceiptController.class);
    private static final DateTimeFormatter SCTS = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private final ReceiptStore receipts;

    public VonageReceiptController(ReceiptStore receipts) {
        this.receipts = receipts;
    }

    @RequestMapping(value = "/dlr", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<Void> receipt(@RequestParam Map<String, String> params) {
        String messageId = params.get("messageId");
        String status = params.getOrDefault("status", "unknown");
        String errCode = params.getOrDefault("err-code", "0");
        String scts = params.get("scts");

        if (messageId == null || messageId.isBlank()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }

        Instant at = scts != null && scts.length() == 10 ? Instant.from(SCTS.parse(scts)) : Instant.now();
        receipts.record(messageId, status, errCode, at);

        switch (status) {
            case "delivered" -> receipts.markDelivered(messageId, at);
            case "expired" -> receipts.scheduleRetry(messageId, 600);
            case "failed", "rejected" -> handleFailure(messageId, errCode);
            case "accepted", "buffered" -> log.debug("{} still on its way ({})", messageId, status);
            default -> log.info("receipt {} with status {}", messageId, status);
        }
        return ResponseEntity.noContent().build();
    }

    private void handleFailure(String messageId, String errCode) {
        switch (errCode) {
            case "1", "9" -> receipts.markUnknownRecipient(messageId);
            case "2", "7" -> receipts.scheduleRetry(messageId, 300);
            case "4", "14" -> receipts.markBlockedByCarrier(messageId);
            case "6" -> receipts.flagForSpamReview(messageId);
            case "99" -> log.warn("Vonage reported a general error for {}", messageId);
            default -> log.warn("unmapped Vonage err-code {} for {}", errCode, messageId);
        }
    }
}
