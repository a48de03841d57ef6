package stockclient

import (
	"context"
	"errors"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "example.com/larder/gen/stock/v2"
)

const (
	dialTarget     = "dns:///stock.larder.internal:50051"
	callTimeout    = 1500 * time.Millisecond
	maxRecvMsgSize = 8 << 20
	maxAttempts    = 4
)

var ErrSkuUnknown = errors.New("stock: unknown sku")

// Reserve asks the stock service to hold qty units; transient failures are retried here.
func (c *Client) Reserve(ctx context.Context, sku string, qty int32) (*pb.Hold, error) {
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		ctx, cancel := context.WithTimeout(ctx, callTimeout)
		hold, err := c.stub.Reserve(ctx, &pb.ReserveRequest{Sku: sku, Quantity: qty}, grpc.MaxCallRecvMsgSize(maxRecvMsgSize))
		cancel()
		if err == nil {
			return hold, nil
		}
		switch status.Code(err) {
		case codes.Unavailable, codes.ResourceExhausted:
			time.Sleep(time.Duration(attempt*attempt) * 100 * time.Millisecond)
			continue
		case codes.NotFound:
			return nil, ErrSkuUnknown
		case codes.DeadlineExceeded:
			c.metrics.Timeouts.Add(1)
			return nil, err
		}
		if st, ok := status.FromError(err); ok && st.Code() == codes.FailedPrecondition {
			return nil, status.Errorf(codes.Aborted, "reserve %s: %s", sku, st.Message())
		}
		return nil, err
	}
	return nil, status.Error(codes.Unavailable, "stock service unreachable after 4 attempts")
}

// Lookup is the server side of the same service: validation before any work.
func (s *Server) Lookup(ctx context.Context, req *pb.LookupRequest) (*pb.Item, error) {
	if len(req.GetSku()) != 12 {
		return nil, status.Errorf(codes.InvalidArgument, "sku must be 12 characters, got %d", len(req.GetSku()))
	}
	item, ok := s.items[req.GetSku()]
	if !ok {
		return nil, status.Error(codes.NotFound, "no such sku")
	}
	return item, nil
}
