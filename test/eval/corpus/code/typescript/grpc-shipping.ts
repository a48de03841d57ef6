import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { ShippingClient } from './gen/shipping/v1/shipping_grpc_pb';
import { RateRequest, type RateReply } from './gen/shipping/v1/shipping_pb';

const client = new ShippingClient('shipping.depot.internal:7443', credentials.createSsl(), {
  'grpc.keepalive_time_ms': 20000,
  'grpc.max_receive_message_length': 4 * 1024 * 1024,
});

/** Codes after which the same request may succeed a moment later. */
const TRANSIENT = new Set<number>([status.UNAVAILABLE, status.RESOURCE_EXHAUSTED, status.ABORTED]);

export function rate(parcelId: string, weightGrams: number): Promise<RateReply> {
  const request = new RateRequest().setParcelId(parcelId).setWeightGrams(weightGrams);
  const metadata = new Metadata();
  metadata.set('x-request-timeout-ms', '900');
  const deadline = new Date(Date.now() + 900);
  return new Promise((resolve, reject) => {
    client.rate(request, metadata, { deadline }, (err: ServiceError | null, reply?: RateReply) => {
      if (!err && reply) return resolve(reply);
      if (err?.code === status.NOT_FOUND) return reject(new Error(`parcel ${parcelId} unknown`));
      if (err?.code === 14 || (err && TRANSIENT.has(err.code))) return reject(Object.assign(err, { retry: true }));
      if (err?.code === status.PERMISSION_DENIED) return reject(new Error('shipping refused our token'));
      reject(err);
    });
  });
}

/** Server-side helper: what the shipping service answers for a bad parcel. */
export function parcelTooHeavy(weightGrams: number): Partial<ServiceError> {
  return {
    code: status.FAILED_PRECONDITION,
    details: `parcel weighs ${weightGrams} g, the limit is 31500 g`,
    metadata: new Metadata(),
  };
}

export const grpcStatusNames: Record<number, string> = { 0: 'OK', 4: 'DEADLINE_EXCEEDED', 16: 'UNAUTHENTICATED' };
