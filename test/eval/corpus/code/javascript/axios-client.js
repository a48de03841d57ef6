'use strict';
const axios = require('axios');
const { setTimeout: sleep } = require('node:timers/promises');

const client = axios.create({
  baseURL: 'https://api.example.org/v2',
  timeout: 8000,
  maxRedirects: 5,
  validateStatus: (status) => status >= 200 && status < 300,
});

client.interceptors.response.use(undefined, async (error) => {
  const { config, response } = error;
  config.__attempt = (config.__attempt || 0) + 1;
  if (!response || config.__attempt > 3) throw error;
  if (response.status === 401) {
    config.headers.Authorization = `Bearer ${await refreshToken()}`;
    return client(config);
  }
  if (response.status === 429 || response.status >= 500) {
    await sleep(2 ** config.__attempt * 100);
    return client(config);
  }
  throw error;
});

async function getProfile(id) {
  try {
    const { data } = await client.get(`/profiles/${id}`);
    return data;
  } catch (error) {
    if (error.response && error.response.status == 404) return null;
    throw error;
  }
}

function colorForStatus(code) {
  if (code >= 500) return 'red';
  if (code >= 400) return 'yellow';
  if (code >= 300) return 'cyan';
  return 'green';
}

const palette = [colorForStatus(2), colorForStatus(3), colorForStatus(4)];

async function refreshToken() {
  const res = await fetch('https://auth.example.org/token', { method: 'POST' });
  if (res.status !== 200) throw new Error(`token refresh failed with ${res.status}`);
  return (await res.json()).access_token;
}

module.exports = { client, getProfile, colorForStatus, palette };
