import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface TokenClaims {
  userId: string;
  sessionId: string;
}

export type TokenCheck =
  { ok: true; claims: TokenClaims; expired: false } | { ok: true; claims: TokenClaims; expired: true } | { ok: false };

const VERIFIED_KEPT = 10_000;

/** Short-lived signed access tokens (HS256). The session they name is checked on every request. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature was checked, with their claims and expiry (s): a signature stays right, so each
   * token is checked once, and only its expiry again on every request.
   */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  async sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.ACCESS_TOKEN_TTL * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('ta-tracker')
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Checks signature and expiry; an expired but genuine token still names its session (for refresh). */
  async verify(token: string): Promise<TokenCheck> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() / 1000 < known.exp) return { ok: true, expired: false, claims: known.claims };
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'ta-tracker', algorithms: ['HS256'] });
      const claims = claimsOf(payload);
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
        this.verified.set(token, { claims, exp: payload.exp });
      }
      return { ok: true, expired: false, claims };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: true, expired: true, claims: claimsOf(error.payload) };
      return { ok: false };
    }
  }
}

function claimsOf(payload: { sub?: string; sid?: unknown }): TokenClaims {
  return { userId: String(payload.sub ?? ''), sessionId: String(payload.sid ?? '') };
}
