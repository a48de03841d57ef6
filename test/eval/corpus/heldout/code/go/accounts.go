package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/ledgerd/internal/accounts"
)

const (
	defaultPageSize = 50
	maxPageSize     = 500
	freezeCooldown  = 15 * time.Minute
)

type ErrorResponse struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type AccountHandler struct {
	store accounts.Store
}

// ListAccounts godoc
// @Summary  List accounts of the caller's organisation
// @Tags     accounts
// @Param    page_size query int false "page size" default(50) maximum(500)
// @Success  200 {array}  accounts.Account
// @Failure  401 {object} ErrorResponse
// @Router   /v1/accounts [get]
func (h *AccountHandler) ListAccounts(c *gin.Context) {
	size, err := strconv.Atoi(c.DefaultQuery("page_size", "50"))
	if err != nil || size < 1 || size > maxPageSize {
		c.JSON(http.StatusBadRequest, ErrorResponse{Code: "bad_page_size", Message: "page_size must be 1-500"})
		return
	}
	list, next, err := h.store.List(c.Request.Context(), c.GetString("org"), size, c.Query("cursor"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, ErrorResponse{Code: "internal", Message: "could not list accounts"})
		return
	}
	c.Header("X-Next-Cursor", next)
	c.JSON(http.StatusOK, list)
}

// GetAccount godoc
// @Summary  One account
// @Success  200 {object} accounts.Account
// @Failure  404 {object} ErrorResponse
// @Router   /v1/accounts/{id} [get]
func (h *AccountHandler) GetAccount(c *gin.Context) {
	acct, err := h.store.Get(c.Request.Context(), c.Param("id"))
	switch {
	case errors.Is(err, accounts.ErrNotFound):
		c.JSON(404, ErrorResponse{Code: "not_found", Message: "no such account"})
	case err != nil:
		c.Status(500)
	default:
		c.JSON(200, acct)
	}
}

// FreezeAccount godoc
// @Summary  Freeze an account; repeated freezes within 15 minutes are refused
// @Success  202
// @Failure  409 {object} ErrorResponse
// @Failure  429 {object} ErrorResponse
// @Router   /v1/accounts/{id}/freeze [post]
func (h *AccountHandler) FreezeAccount(c *gin.Context) {
	id := c.Param("id")
	last, err := h.store.LastFreeze(c.Request.Context(), id)
	if err == nil && time.Since(last) < freezeCooldown {
		c.Header("Retry-After", strconv.Itoa(int((freezeCooldown - time.Since(last)).Seconds())))
		c.AbortWithStatus(http.StatusTooManyRequests)
		return
	}
	if err := h.store.Freeze(c.Request.Context(), id); errors.Is(err, accounts.ErrClosed) {
		c.JSON(http.StatusConflict, ErrorResponse{Code: "closed", Message: "account is closed"})
		return
	}
	c.Status(http.StatusAccepted)
}

func RequireOrg() gin.HandlerFunc {
	return func(c *gin.Context) {
		org := c.GetHeader("X-Org-ID")
		if len(org) != 26 {
			c.AbortWithStatusJSON(401, ErrorResponse{Code: "no_org", Message: "X-Org-ID is missing or malformed"})
			return
		}
		c.Set("org", org)
		c.Next()
	}
}

func NewServer(h *AccountHandler) *http.Server {
	r := gin.New()
	r.Use(gin.Recovery(), RequireOrg())
	r.GET("/v1/accounts", h.ListAccounts)
	r.GET("/v1/accounts/:id", h.GetAccount)
	r.POST("/v1/accounts/:id/freeze", h.FreezeAccount)
	return &http.Server{
		Addr:              ":8081",
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		MaxHeaderBytes:    1 << 20,
	}
}
