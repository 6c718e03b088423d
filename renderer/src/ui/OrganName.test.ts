import { describe, expect, it } from 'vitest';
import { shortOrganName } from './OrganName';

describe('shortOrganName', () => {
  it('drops the city prefix of an organ', () => {
    expect(shortOrganName('丹阳市自然资源和规划局')).toBe('自然资源和规划局');
    expect(shortOrganName('丹阳市市场监督管理局')).toBe('市场监督管理局');
    expect(shortOrganName('丹阳市人力资源和社会保障局')).toBe('人力资源和社会保障局');
  });
  it('keeps a name that would become too short or has no prefix', () => {
    expect(shortOrganName('丹阳市公安局')).toBe('公安局');
    expect(shortOrganName('丹阳市政府')).toBe('丹阳市政府');
    expect(shortOrganName('市场监督管理局')).toBe('市场监督管理局');
    expect(shortOrganName('云阳街道办事处')).toBe('云阳街道办事处');
  });
  it('keeps the city when it is the name: the government itself, its office, its courts', () => {
    expect(shortOrganName('丹阳市人民政府')).toBe('丹阳市人民政府');
    expect(shortOrganName('丹阳市人民政府办公室')).toBe('丹阳市人民政府办公室');
    expect(shortOrganName('镇江市中级人民法院')).toBe('镇江市中级人民法院');
    expect(shortOrganName('丹阳市人民法院')).toBe('丹阳市人民法院');
    expect(shortOrganName('丹阳市人民政府云阳街道办事处')).toBe('丹阳市人民政府云阳街道办事处');
  });
});
