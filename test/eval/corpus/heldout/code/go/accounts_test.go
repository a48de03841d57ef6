package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"example.com/ledgerd/internal/accounts"
)

const testOrg = "01HZX4Q7R8S9T0V1W2X3Y4Z5A6"

func newTestRouter(t *testing.T, store accounts.Store) *gin.Engine {
	t.Helper()
	gin.SetMode(gin.TestMode)
	srv := NewServer(&AccountHandler{store: store})
	return srv.Handler.(*gin.Engine)
}

func TestListAccounts(t *testing.T) {
	store := accounts.NewMemStore(120)
	r := newTestRouter(t, store)

	tests := []struct {
		name       string
		query      string
		org        string
		wantStatus int
		wantLen    int
	}{
		{"default page", "", testOrg, http.StatusOK, 50},
		{"small page", "?page_size=7", testOrg, http.StatusOK, 7},
		{"page too large", "?page_size=501", testOrg, http.StatusBadRequest, 0},
		{"zero page", "?page_size=0", testOrg, 400, 0},
		{"missing org", "", "", 401, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/v1/accounts"+tt.query, nil)
			req.Header.Set("X-Org-ID", tt.org)
			rr := httptest.NewRecorder()
			r.ServeHTTP(rr, req)

			if rr.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", rr.Code, tt.wantStatus, rr.Body.String())
			}
			if tt.wantStatus == 200 {
				var got []accounts.Account
				require.NoError(t, json.Unmarshal(rr.Body.Bytes(), &got))
				assert.Len(t, got, tt.wantLen)
			}
		})
	}
}

func TestGetAccountNotFound(t *testing.T) {
	r := newTestRouter(t, accounts.NewMemStore(0))
	req := httptest.NewRequest(http.MethodGet, "/v1/accounts/acct_404", nil)
	req.Header.Set("X-Org-ID", testOrg)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)

	assert.Equal(t, http.StatusNotFound, rec.Code)
	assert.JSONEq(t, `{"code":"not_found","message":"no such account"}`, rec.Body.String())
}

func TestFreezeTwiceIsThrottled(t *testing.T) {
	store := accounts.NewMemStore(3)
	r := newTestRouter(t, store)
	freeze := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/v1/accounts/acct_2/freeze", bytes.NewReader(nil))
		req.Header.Set("X-Org-ID", testOrg)
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, req)
		return rec
	}

	require.Equal(t, 202, freeze().Code)
	second := freeze()
	require.Equal(t, 429, second.Code)
	retryAfter := second.Header().Get("Retry-After")
	assert.NotEmpty(t, retryAfter)

	store.SetClock(func() time.Time { return time.Now().Add(16 * time.Minute) })
	assert.Equal(t, http.StatusAccepted, freeze().Code)
}

func TestFreezeClosedAccount(t *testing.T) {
	store := accounts.NewMemStore(3)
	store.Close("acct_1")
	r := newTestRouter(t, store)
	req := httptest.NewRequest(http.MethodPost, "/v1/accounts/acct_1/freeze", nil)
	req.Header.Set("X-Org-ID", testOrg)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)

	if rec.Code != 409 {
		t.Errorf("freezing a closed account gave %d, want 409", rec.Code)
	}
}
