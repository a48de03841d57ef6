package com.fernway.billing.ledger;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts journal entries to the ledger service; the ledger is the source of truth for balances. */
public final class LedgerGrpcClient implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LedgerGrpcClient.class);
  private static final int MAX_RETRIES = 3;
  private static final long DEADLINE_MS = 2500;

  private final ManagedChannel channel =
      ManagedChannelBuilder.forAddress("ledger.billing.svc", 8443).maxInboundMessageSize(16 * 1024 * 1024).build();
  private final LedgerGrpc.LedgerBlockingStub stub = LedgerGrpc.newBlockingStub(channel);

  public PostResult post(JournalEntry entry) {
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      try {
        return stub.withDeadlineAfter(DEADLINE_MS, TimeUnit.MILLISECONDS).post(entry);
      } catch (StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
          log.warn("ledger busy on attempt {} of {}: {}", attempt + 1, MAX_RETRIES, e.getStatus().getDescription());
          continue;
        }
        switch (code) {
          case ALREADY_EXISTS:
            return PostResult.duplicate(entry.getIdempotencyKey());
          case PERMISSION_DENIED:
          case UNAUTHENTICATED:
            throw new LedgerAccessException("ledger refused credentials", e);
          default:
            throw e;
        }
      }
    }
    throw Status.UNAVAILABLE.withDescription("ledger unreachable after " + MAX_RETRIES + " attempts").asRuntimeException();
  }

  static boolean isRetryable(StatusRuntimeException e) {
    return e.getStatus().getCode().value() == 14;
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
  }
}
