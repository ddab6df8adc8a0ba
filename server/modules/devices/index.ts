// What the platform uses to find the device of a request.
export { findDeviceByAuthorization } from './service.ts';
