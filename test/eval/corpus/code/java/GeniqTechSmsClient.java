package com.example.sms.geniqtech;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends SMS through GeniqTech (api.geniqtech.com) and reads its delivery reports. */
public final class GeniqTechSmsClient {

    private static final URI SEND = URI.create("https://api.geniqtech.com/v1/sms/send");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_RECIPIENTS = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SendResult send(String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(SEND).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GeniqTech answered HTTP " + response.statusCode());
        }
        SendResult result = SendResult.parse(response.body());
        switch (result.responseCode()) {
            case 0:
                return result;
            case 2:
                throw new IllegalStateException("this server's IP is not allowed by GeniqTech");
            case 16:
            case 17:
                throw new IllegalArgumentException("too many or duplicate recipients (max " + MAX_RECIPIENTS + ")");
            case 19:
                throw new IllegalStateException("spam control threshold exceeded");
            default:
                throw new IOException("GeniqTech response code " + result.responseCode());
        }
    }

    public boolean shouldRetry(DeliveryReport report) {
        int reasonCode = report.reasonCode();
        return reasonCode == 8 || reasonCode == 10 || reasonCode == 11;
    }
}
