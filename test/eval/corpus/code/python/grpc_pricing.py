"""Pricing service over gRPC: the client used by checkout and the servicer behind it."""
import logging
import time

import grpc

from pricing.v1 import pricing_pb2, pricing_pb2_grpc

log = logging.getLogger(__name__)

TARGET = "pricing.shop.internal:50061"
TIMEOUT_S = 0.8
RETRYABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED}


def quote(stub: pricing_pb2_grpc.PricingStub, basket_id: str, attempts: int = 3) -> pricing_pb2.Quote:
    for attempt in range(attempts):
        try:
            return stub.Quote(pricing_pb2.QuoteRequest(basket_id=basket_id), timeout=TIMEOUT_S)
        except grpc.RpcError as rpc_error:
            code = rpc_error.code()
            if code in RETRYABLE and attempt < attempts - 1:
                time.sleep(0.2 * 2 ** attempt)
                continue
            if code == grpc.StatusCode.NOT_FOUND:
                raise KeyError(basket_id) from rpc_error
            if code == grpc.StatusCode.DEADLINE_EXCEEDED:
                log.warning("pricing took longer than %.1fs for %s", TIMEOUT_S, basket_id)
            log.error("quote failed: %s %s", code.name, rpc_error.details())
            raise


class PricingServicer(pricing_pb2_grpc.PricingServicer):
    def Quote(self, request, context):
        if not request.basket_id:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "basket_id is required")
        basket = self.baskets.get(request.basket_id)
        if basket is None:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details("basket %s expired after 30 minutes" % request.basket_id)
            return pricing_pb2.Quote()
        if len(basket.lines) > 250:
            context.abort(grpc.StatusCode.OUT_OF_RANGE, "at most 250 lines per basket")
        return self.engine.price(basket)


def serve() -> grpc.Server:
    server = grpc.server(thread_pool=None, maximum_concurrent_rpcs=64)
    server.add_insecure_port("[::]:50061")
    return server
