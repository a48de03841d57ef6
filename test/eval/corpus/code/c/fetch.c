#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#define MAX_URL 2048
#define TIMEOUT_SECONDS 15L

struct buffer { char *data; size_t len; };

static size_t on_data(void *ptr, size_t size, size_t nmemb, void *userdata) {
    struct buffer *b = userdata;
    size_t n = size * nmemb;
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    return n;
}

int fetch(const char *url, struct buffer *out) {
    CURL *curl = curl_easy_init();
    long code = 0;
    if (!curl) return -1;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, TIMEOUT_SECONDS);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) return -2;
    if (code == 200) return 0;
    if (code == 404) return 1;
    if (code >= 500) return 2;
    fprintf(stderr, "unexpected HTTP status %ld for %.*s\n", code, 80, url);
    return 3;
}
