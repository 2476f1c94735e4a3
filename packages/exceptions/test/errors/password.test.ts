import { inspect } from 'node:util';
import { objectId } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import {
  ForbiddenOperation,
  GetPasswordMissing,
  GetPasswordRetrievalError,
  PasswordError,
  PasswordMissing,
  PasswordQueueError,
  PasswordRetrievalError,
  PutPasswordMissing,
  PutPasswordRetrievalError,
  WrongPassword,
  WrongPasswordType,
} from '../../src/errors/password.js';
import { QueueEmpty } from '../../src/errors/asyncio.js';
import { thrown } from '../support/harness.js';
import { expectErrorShape } from '../support/shape.js';

const q = { toString: (): string => 'SmartQueue#1' };

describe('password errors', () => {
  it('check 1: shapes', () => {
    expectErrorShape(new PasswordQueueError('m'), PasswordQueueError, Error);
    expectErrorShape(new PasswordRetrievalError('f'), PasswordRetrievalError, PasswordQueueError);
    expectErrorShape(new GetPasswordRetrievalError('f'), GetPasswordRetrievalError, PasswordRetrievalError);
    expectErrorShape(new PutPasswordRetrievalError('f'), PutPasswordRetrievalError, PasswordRetrievalError);
    expectErrorShape(new ForbiddenOperation('x'), ForbiddenOperation, TypeError);
    expectErrorShape(new PasswordError(q, 1), PasswordError, PasswordQueueError);
    expectErrorShape(new WrongPassword(q, 1), WrongPassword, RangeError);
    expectErrorShape(new WrongPasswordType(q, 1, Number, String), WrongPasswordType, TypeError);
    expectErrorShape(new GetPasswordMissing(), GetPasswordMissing, PasswordMissing);
    expectErrorShape(new PutPasswordMissing(), PutPasswordMissing, PasswordMissing);
    expect(Object.getPrototypeOf(PasswordMissing.prototype)).toBe(TypeError.prototype);
    expect(PasswordMissing.prototype.name).toBe('PasswordMissing');
  });

  it('check 2: virtual bases', () => {
    const wrong = new WrongPassword(q, 'x');
    for (const C of [RangeError, PasswordError, PasswordQueueError, Error]) expect(wrong).toBeInstanceOf(C);
    expect(wrong).not.toBeInstanceOf(TypeError);
    expect(wrong).not.toBeInstanceOf(WrongPasswordType);
    expect(wrong).not.toBeInstanceOf(PasswordRetrievalError);
    const wrongType = new WrongPasswordType(q, 1, Number, String);
    for (const C of [TypeError, PasswordError, PasswordQueueError]) expect(wrongType).toBeInstanceOf(C);
    expect(wrongType).not.toBeInstanceOf(RangeError);
    const forbidden = new ForbiddenOperation('x');
    expect(forbidden).toBeInstanceOf(TypeError);
    expect(forbidden).toBeInstanceOf(PasswordQueueError);
    expect(forbidden).not.toBeInstanceOf(PasswordError);
    for (const missing of [new GetPasswordMissing(), new PutPasswordMissing()]) {
      expect(missing).toBeInstanceOf(TypeError);
      expect(missing).toBeInstanceOf(PasswordMissing);
      expect(missing).toBeInstanceOf(PasswordQueueError);
      expect(missing).not.toBeInstanceOf(PasswordError);
    }
    expect(new GetPasswordMissing()).not.toBeInstanceOf(PutPasswordMissing);
    expect(new QueueEmpty()).not.toBeInstanceOf(PasswordQueueError);
    expect(new TypeError()).not.toBeInstanceOf(PasswordQueueError);
    expect(new PasswordQueueError()).not.toBeInstanceOf(PasswordError);
  });

  it('check 2: a user subclass of PasswordQueueError works normally and does not adopt the virtual subclasses', () => {
    class Mine extends PasswordQueueError {}
    const mine = new Mine('m');
    expect(mine).toBeInstanceOf(Mine);
    expect(mine).toBeInstanceOf(PasswordQueueError);
    expect(mine.name).toBe('PasswordQueueError');
    expect(mine.message).toBe('m');
    expect(new WrongPassword(q, 1)).not.toBeInstanceOf(Mine);
    expect(new PasswordQueueError()).not.toBeInstanceOf(Mine);
    class Named extends PasswordError {
      override name = 'Named';
    }
    expect(new Named(null, 1).name).toBe('Named');
    expect(new WrongPassword(q, 1)).not.toBeInstanceOf(Named);
  });

  it('check 3: ForbiddenOperation formats %s, %r, %d and %%', () => {
    const err = new ForbiddenOperation('call %s on', '_get()');
    expect(err.op).toBe('call _get() on');
    expect(err.message).toBe('cannot call _get() on the type of password-protected queue');
    expect(new ForbiddenOperation('%r %d%% %d %d', 'a', 2.9, -1.5, 3n).op).toBe('"a" 2% -1 3');
    expect(new ForbiddenOperation('%d', true).op).toBe('1');
    expect(new ForbiddenOperation('subclass').op).toBe('subclass');
    expect(new ForbiddenOperation('%%').op).toBe('%');
  });

  it('regression: ForbiddenOperation formats like Python\'s % with %s, %r, %d and %% only', () => {
    expect(new ForbiddenOperation('%s and %r', 'a', 'b').op).toBe('a and "b"');
    expect(() => new ForbiddenOperation('%(key)s', 1)).toThrow(RangeError);
  });

  it('check 3: ForbiddenOperation rejects too few and too many arguments and bad conversions', () => {
    const few = thrown(() => new ForbiddenOperation('%s'));
    expect(few).toBeInstanceOf(TypeError);
    expect(few).toHaveProperty('message', 'asyncutils.exceptions.ForbiddenOperation: not enough arguments for format string');
    const many = thrown(() => new ForbiddenOperation('x', 1));
    expect(many).toBeInstanceOf(TypeError);
    expect(many).toHaveProperty('message', 'asyncutils.exceptions.ForbiddenOperation: not all arguments converted during string formatting');
    expect(() => new ForbiddenOperation('%d', 'x')).toThrow(TypeError);
    expect(() => new ForbiddenOperation('%d', Number.NaN)).toThrow(RangeError);
    expect(() => new ForbiddenOperation('%x', 1)).toThrow(/unsupported format character "x" at index 1/);
    expect(() => new ForbiddenOperation('50%')).toThrow(/incomplete format/);
  });

  it('check 3: PasswordRetrievalError and its subclasses keep the label', () => {
    expect(new PutPasswordRetrievalError('pw').from_).toBe('pw');
    expect(new GetPasswordRetrievalError('g').from_).toBe('g');
    expect(new PasswordRetrievalError('x').message).toBe(`failed to retrieve the password of a password-protected queue labelled 'x'`);
    expect(new PutPasswordRetrievalError('pw').message).toBe(`failed to retrieve the password of a password-protected queue labelled 'pw'`);
  });

  it('check 3: PasswordMissing is abstract; its subclasses have exact messages', () => {
    const err = thrown(() => new (PasswordMissing as unknown as new () => PasswordMissing)());
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.PasswordMissing: use GetPasswordMissing or PutPasswordMissing instead');
    expect(new GetPasswordMissing().message).toBe(
      'asyncutils.queues.password_queue: no password provided when trying to get from password-protected queue',
    );
    expect(new PutPasswordMissing().message).toBe(
      'asyncutils.queues.password_queue: no password provided when trying to put to password-protected queue',
    );
    class Custom extends PasswordMissing {}
    expect(new Custom('mine').message).toBe('mine');
  });

  it('check 3: WrongPassword keeps the queue id and the password, but never puts the password in the message', () => {
    const err = new WrongPassword(q, 'hunter2');
    expect(err.qid).toBe(objectId(q));
    expect(err.wrongPwd).toBe('hunter2');
    expect(err.message).toBe('SmartQueue#1 received an incorrect password');
    expect(err.message).not.toContain('hunter2');
    expect(String(err)).not.toContain('hunter2');
  });

  it('regression: wrong passwords do not reach logs (non-enumerable wrongPwd, not in messages)', () => {
    for (const err of [new WrongPassword(q, 'hunter2'), new WrongPasswordType(q, 'hunter2', String, Number), new PasswordError(q, 'hunter2')]) {
      expect(Object.keys(err)).not.toContain('wrongPwd');
      expect(inspect(err)).not.toContain('hunter2');
      expect(JSON.stringify(err)).not.toContain('hunter2');
      expect(err.wrongPwd).toBe('hunter2');
      expect(() => {
        (err as { wrongPwd: unknown }).wrongPwd = 'x';
      }).toThrow(TypeError);
    }
  });

  it('check 3 (CROSSREF §2 #6): WrongPasswordType takes the queue object or null', () => {
    const none = new WrongPasswordType(null, 1, Number, String);
    expect(none.qid).toBeNull();
    expect(none.message).toMatch(/type 'number'; expected 'String'/);
    expect(none.message).toBe(`password-protected queue received a password of type 'number'; expected 'String'`);
    expect(none).toMatchObject({ wrongPwd: 1, wrongType: Number, correctType: String });
    const withQueue = new WrongPasswordType(q, 'x', String, Number);
    expect(withQueue.qid).toBe(objectId(q));
    expect(withQueue.message).toBe(`SmartQueue#1 received a password of type 'string'; expected 'Number'`);
  });

  it('PasswordError: default and custom messages, qid', () => {
    expect(new PasswordError(null, 1).message).toBe('password-protected queue received an unacceptable password');
    expect(new PasswordError(q, 1).message).toBe('SmartQueue#1 received an unacceptable password');
    expect(new PasswordError(q, 1, 'custom').message).toBe('custom');
    expect(new PasswordError(q, 1).qid).toBe(objectId(q));
    expect(new PasswordError(null, 1).qid).toBeNull();
  });

  it('a queue whose String() throws is described instead', () => {
    const bare = Object.create(null) as object;
    expect(new WrongPassword(bare, 1).message).toBe('<Object> received an incorrect password');
    expect(new PasswordError(bare, 1).message).toBe('<Object> received an unacceptable password');
  });
});
