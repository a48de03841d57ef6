package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetWidget(t *testing.T) {
	srv := newTestServer(t, 3)
	w := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/widgets/12", nil)
	srv.ServeHTTP(w, req)
	assert.Equal(t, 200, w.Code)
	assert.Contains(t, w.Body.String(), `"id":12`)
}

func TestGetWidgetNotFound(t *testing.T) {
	srv := newTestServer(t, 0)
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/widgets/77", nil))
	assert.Equal(t, http.StatusNotFound, w.Code)
}

func TestCreateWidgetRejectsGarbage(t *testing.T) {
	srv := newTestServer(t, 0)
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/widgets", strings.NewReader("{")))
	require.Equal(t, 422, w.Code, "body: %s", w.Body.String())
}

func TestUpstreamDown(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer upstream.Close()
	res, err := http.Get(upstream.URL + "/v1/legacy")
	require.NoError(t, err)
	if res.StatusCode != 503 {
		t.Fatalf("got %d, want 503", res.StatusCode)
	}
}

func TestColors(t *testing.T) {
	for _, tc := range []struct {
		code int
		want string
	}{
		{201, green},
		{404, yellow},
		{503, red},
	} {
		if got := colorForStatus(tc.code); got != tc.want {
			t.Errorf("colorForStatus(%d) = %q", tc.code, got)
		}
	}
}
