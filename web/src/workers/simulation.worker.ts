// The queue simulator in a browser Web Worker, so a sweep of several seconds never freezes the page.
import { answerSimulationRequest, type SimulationRequest } from './simulationRequest.ts';

self.onmessage = (event: MessageEvent<SimulationRequest>) => answerSimulationRequest(event.data, (reply) => self.postMessage(reply));
