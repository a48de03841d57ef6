package net.quillpost.gateway.smpp;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.MessageState;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.SMPPConstant;

/** Submits MT messages over one bound session and turns SMSC answers into outcomes. */
public class SmppSubmitter {
  private static final long TRANSACTION_TIMER_MS = 10000;
  private static final int ENQUIRE_LINK_MS = 30000;
  private static final int MAX_SEGMENT_OCTETS = 140;

  private final SMPPSession session;

  public Outcome submit(Mt mt) throws Exception {
    session.setTransactionTimer(TRANSACTION_TIMER_MS);
    try {
      String id = session.submitShortMessage("CMT", mt.sourceTon(), mt.sourceNpi(), mt.from(), mt.destTon(), mt.destNpi(), mt.to(), mt.esmClass(), (byte) 0, (byte) 1, null, null, mt.registeredDelivery(), (byte) 0, mt.coding(), (byte) 0, mt.body());
      return Outcome.accepted(id);
    } catch (NegativeResponseException e) {
      int status = e.getCommandStatus();
      if (status == SMPPConstant.STAT_ESME_RTHROTTLED || status == SMPPConstant.STAT_ESME_RMSGQFUL) {
        return Outcome.retryLater(status);
      }
      if (status == 0x0000000B || status == SMPPConstant.STAT_ESME_RINVDSTADR) {
        return Outcome.badNumber(mt.to());
      }
      if (status == 0x00000045) {
        return Outcome.failed("submit failed at the SMSC");
      }
      return Outcome.failed(String.format("command_status 0x%08X", status));
    } catch (ResponseTimeoutException e) {
      return Outcome.retryLater(-1);
    }
  }

  /** deliver_sm carrying a receipt: the text holds "id:... stat:DELIVRD err:000". */
  void onReceipt(DeliverSm deliverSm) throws Exception {
    DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
    if (receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD) {
      store.markDelivered(receipt.getId(), receipt.getDoneDate());
    } else if (receipt.getFinalStatus() == DeliveryReceiptState.UNDELIV || receipt.getFinalStatus() == DeliveryReceiptState.REJECTD) {
      store.markFailed(receipt.getId(), receipt.getError());
    }
  }

  boolean isFinal(MessageState state) {
    return state == MessageState.DELIVERED || state == MessageState.EXPIRED || state == MessageState.UNDELIVERABLE;
  }
}
