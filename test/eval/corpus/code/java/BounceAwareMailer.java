package org.harbourfunds.notify.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Sends notices through the relay; a refused recipient is recorded, a busy relay is retried by the queue. */
public class BounceAwareMailer {
  private final Session session;

  public BounceAwareMailer(String host) {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", "587");
    props.put("mail.smtp.starttls.enable", "true");
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "30000");
    this.session = Session.getInstance(props);
  }

  public Result send(Message message) throws MessagingException {
    try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
      return transport.getLastReturnCode() == 250 ? Result.SENT : Result.UNKNOWN;
    } catch (SendFailedException e) {
      for (Exception next = e.getNextException(); next != null; next = ((MessagingException) next).getNextException()) {
        if (next instanceof SMTPAddressFailedException failed) {
          int code = failed.getReturnCode();
          if (code == 550 || code == 551 || code == 553) {
            suppressions.add(failed.getAddress().toString(), failed.getMessage());
          } else if (code == 452 || code == 450) {
            return Result.RETRY;
          }
        }
      }
      if (e instanceof SMTPSendFailedException sfe && sfe.getReturnCode() == 552) {
        return Result.TOO_LARGE; // message over the relay's 25 MB limit
      }
      throw e;
    }
  }
}
