package sms

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client talks to the Clickatell One API at https://platform.clickatell.com.
type Client struct {
	apiKey  string
	http    *http.Client
	retries int
}

func New(apiKey string) *Client {
	return &Client{apiKey: apiKey, http: &http.Client{Timeout: 20 * time.Second}, retries: 3}
}

type apiError struct {
	Code        int    `json:"code"`
	Description string `json:"description"`
}

type sendResult struct {
	Messages []struct {
		APIMessageID string    `json:"apiMessageId"`
		Accepted     bool      `json:"accepted"`
		To           string    `json:"to"`
		Error        *apiError `json:"error"`
	} `json:"messages"`
}

func (c *Client) Send(ctx context.Context, to []string, text string) (*sendResult, error) {
	req, err := c.newRequest(ctx, "/messages", map[string]any{"to": to, "content": text, "binary": false})
	if err != nil {
		return nil, err
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	switch res.StatusCode {
	case http.StatusAccepted:
	case http.StatusUnauthorized:
		return nil, fmt.Errorf("clickatell: bad API key")
	default:
		return nil, fmt.Errorf("clickatell: unexpected HTTP %d", res.StatusCode)
	}
	var out sendResult
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	for _, m := range out.Messages {
		if m.Error != nil && m.Error.Code == 101 {
			return &out, fmt.Errorf("destination %s cannot take this content", m.To)
		}
		if m.Error != nil && m.Error.Code == 44 {
			return &out, fmt.Errorf("sender number suspended")
		}
	}
	return &out, nil
}
