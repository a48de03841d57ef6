'use strict';
const twilio = require('twilio');

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN, { timeout: 15000, autoRetry: true, maxRetries: 3 });
const STATUS_CALLBACK = 'https://api.keelbank.example/hooks/twilio/status';

// Twilio error codes that mean the number itself will never take an SMS from us.
const UNSENDABLE = new Set([21211, 21614, 21610, 21612]);

async function sendOtp(phone, code) {
  try {
    const message = await client.messages.create({
      to: phone,
      messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,
      body: `Your Keel Bank code is ${code}. It expires in 10 minutes.`,
      statusCallback: STATUS_CALLBACK,
      validityPeriod: 600,
    });
    return { sid: message.sid, status: message.status };
  } catch (err) {
    // RestException: err.status is the HTTP status, err.code the Twilio error code.
    if (UNSENDABLE.has(err.code)) return { rejected: true, reason: err.code };
    if (err.code === 21408) throw new Error(`SMS to ${phone.slice(0, 4)}… is not enabled for this region`);
    if (err.status === 429 || err.code === 30001) return { retryAfterSeconds: 30 };
    if (err.status === 400 && err.code === 21606) throw new Error('the sender is not SMS-capable for this country');
    throw err;
  }
}

// Status callback: Twilio posts a form with MessageStatus and, when it failed, ErrorCode.
function onStatus(req, res) {
  const { MessageSid, MessageStatus, ErrorCode } = req.body;
  if (MessageStatus === 'undelivered' && (ErrorCode === '30003' || ErrorCode === '30005')) otp.fallbackToVoice(MessageSid);
  else if (ErrorCode === '30007') alerts.page('carrier filtered our OTP template');
  else if (Number(ErrorCode) === 30034) alerts.page('10DLC campaign not registered for this sender');
  res.status(204).end();
}

module.exports = { sendOtp, onStatus };
