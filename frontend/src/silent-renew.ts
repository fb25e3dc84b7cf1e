// Loaded in the hidden iframe of a silent renewal when no refresh token can be used.
import { userManager } from './lib/auth/oidc';

void userManager.signinSilentCallback();
