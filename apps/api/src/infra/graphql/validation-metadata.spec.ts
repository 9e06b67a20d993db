import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata.js';

class Base {
  @IsString()
  name!: unknown;
}

class Child extends Base {
  @IsInt()
  count!: unknown;
}

const failed = async (value: object) =>
  (await validate(value, { forbidUnknownValues: false })).map((e) => [e.property, Object.keys(e.constraints!)]);

describe('class-validator rules looked up once per class', () => {
  beforeAll(() => memoizeValidationMetadata());

  it('validates as before, own and inherited rules alike', async () => {
    expect(await failed(Object.assign(new Child(), { name: 1, count: 'x' }))).toEqual([
      ['count', ['isInt']],
      ['name', ['isString']],
    ]);
    expect(await failed(Object.assign(new Child(), { name: 'a', count: 2 }))).toEqual([]);
    expect(await failed(Object.assign(new Base(), { name: 2 }))).toEqual([['name', ['isString']]]);
  });

  it('answers the same lookup from what it kept', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
    expect(first.map((m) => m.propertyName).sort()).toEqual(['count', 'name']);
    // Other options are another lookup.
    expect(storage.getTargetValidationMetadatas(Child, '', true, false)).not.toBe(first);
  });

  it('forgets what it kept when a rule is added, to a class already looked up or to its parent', async () => {
    const storage = getMetadataStorage();
    storage.getTargetValidationMetadatas(Child, '', false, false);
    class Late {
      label!: unknown;
    }
    expect(await failed(Object.assign(new Late(), { label: 'much too long' }))).toEqual([]);
    MaxLength(3)(Late.prototype, 'label');
    expect(await failed(Object.assign(new Late(), { label: 'much too long' }))).toEqual([['label', ['maxLength']]]);
    // A rule added to the parent reaches the child's lookup, kept before.
    MaxLength(2)(Base.prototype, 'name');
    expect(await failed(Object.assign(new Child(), { name: 'abc', count: 1 }))).toEqual([['name', ['maxLength']]]);
  });

  it('is applied once, however often asked', () => {
    const storage = getMetadataStorage();
    const lookup = storage.getTargetValidationMetadatas;
    memoizeValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
