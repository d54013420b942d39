// The editor's session: a role once /whoami has accepted the token kept in sessionStorage.
import { createContext, useContext } from 'react';

export interface Editor {
  /** null: not logged in, nothing is editable. */
  role: string | null;
  /** Editors and admins may curate; readers only read. */
  canEdit: boolean;
  login(token: string): Promise<boolean>;
  logout(): void;
}

export const EditorContext = createContext<Editor>({ role: null, canEdit: false, login: async () => false, logout: () => undefined });
export const useEditor = () => useContext(EditorContext);
