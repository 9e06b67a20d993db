import type { Role } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in: a role, and for field offices and donors the scope of that role. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'role', type: 'text' })
  role!: Role;

  @Column({ name: 'field_office_code', type: 'text', nullable: true })
  fieldOfficeCode!: string | null;

  @Column({ name: 'donor_id', type: 'uuid', nullable: true })
  donorId!: string | null;

  /** argon2id; null for an account that cannot sign in with a password yet. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  /** An administrator chose the password (a new account, a reset): the person is asked to choose their own. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'active', type: 'boolean' })
  active!: boolean;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
