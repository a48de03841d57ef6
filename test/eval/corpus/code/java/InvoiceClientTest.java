package com.example.billing.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class InvoiceClientTest {

    private final MockWebServer server = new MockWebServer();

    @Test
    void readsAnInvoice() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"id\":7,\"total\":1250}"));
        var response = client().get(7);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().total()).isEqualTo(1250);
    }

    @Test
    void mapsMissingInvoices() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404));
        assertThat(client().get(8).code()).isEqualTo(404);
    }

    @Test
    void retriesWhenTheGatewayIsDown() {
        stubFor(get(urlEqualTo("/api/v3/invoices/9"))
                .willReturn(aResponse().withStatus(503).withFixedDelay(300)));
        stubFor(post(urlPathMatching("/api/v3/invoices/.*/pay"))
                .willReturn(aResponse().withStatus(202)));
        assertEquals(3, client().attemptsFor(9));
    }

    @Test
    void followsLegacyRedirects() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(server.url("/old").toString()).openConnection();
        connection.setConnectTimeout(2_000);
        connection.setInstanceFollowRedirects(false);
        int code = connection.getResponseCode();
        if (code == HttpURLConnection.HTTP_MOVED_TEMP || code == HttpURLConnection.HTTP_MOVED_PERM) {
            assertThat(connection.getHeaderField("Location")).startsWith("/new");
        }
        assertThat(code).isNotEqualTo(HttpURLConnection.HTTP_CLIENT_TIMEOUT);
        assertThat(code).isNotEqualTo(HttpURLConnection.HTTP_PROXY_AUTH);
    }

    @Test
    void mockMvcStatuses() throws Exception {
        mvc.perform(get("/api/v3/invoices/1")).andExpect(status().isOk());
        mvc.perform(get("/api/v3/invoices/404")).andExpect(status().is(404));
        mvc.perform(delete("/api/v3/invoices/2")).andExpect(status().isNoContent());
    }
}
