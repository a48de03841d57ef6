package com.example.notify.webex;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Handles delivery notifications that Webex Connect (imiconnect) posts for
 * SMS and WhatsApp messages sent through our flows.
 */
public final class WebexDeliveryListener {

    private static final Logger LOG = Logger.getLogger(WebexDeliveryListener.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    public void onDeliveryInfo(Map<String, Object> deliveryInfo) {
        String channel = (String) deliveryInfo.getOrDefault("channel", "sms");
        int code = Integer.parseInt(String.valueOf(deliveryInfo.get("code")));
        switch (code) {
            case 7500:
                LOG.fine("delivered");
                break;
            case 7501:
                LOG.fine("submitted");
                break;
            case 7203:
                LOG.warning("unknown subscriber");
                break;
            case 7208:
                LOG.warning("expired before delivery");
                break;
            default:
                LOG.info("channel " + channel + " code " + code);
        }
        if ("whatsapp".equals(channel) && code == 7711) {
            LOG.severe("spam rate limit hit");
        }
    }
}
